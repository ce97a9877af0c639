-- What orders, agreements, programmes and consents print besides the operator's requisites: the founder above the
-- organisation's name and the place of issue (ГОСТ Р 7.0.97), the mentorship curator (the programmes' signature,
-- the orders' executor with a phone), the mentoring payment (Labour Code art. 351.8) and the exact pages where
-- data are published (152-ФЗ art. 10.1).
alter table organisation
    add column founder varchar(500),
    add column locality varchar(100),
    add column curator_name varchar(200),
    add column curator_phone varchar(50),
    add column mentoring_payment varchar(500),
    add column mentorship_page varchar(300),
    add column social_pages varchar(3000);
