-- «Школа наставника» created from the default course carried the editor's hint in the description its mentors read
-- («Курс можно изменить: добавить методические материалы…»). The hint is now said on the course page only to those who
-- may change the course; a description as the default wrote it becomes the one written for the mentor. A course a
-- school wrote itself keeps its own description.
update training_mentor_course
set description = 'Курс для вас как наставника: положение о наставничестве в организации, роль наставника, планирование работы с наставляемым и проверка знаний. Выполняйте шаги по порядку и отмечайте каждый выполненный; проверка знаний откроется после предыдущих шагов, свободный ответ в ней проверит куратор.'
where description = 'Базовый курс для наставников образовательной организации: нормативная база, роль наставника, планирование работы пары и проверка знаний. Курс можно изменить: добавить методические материалы, установочную сессию, свои задания.';
