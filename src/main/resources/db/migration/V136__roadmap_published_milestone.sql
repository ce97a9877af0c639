-- Stage 7 of the system's own roadmap is now derived from the news a school publishes (roadmap.Milestone.PUBLISHED):
-- plans already made from it get the milestone too; an activity a school wrote or changed itself keeps its manual
-- status.
update roadmap_activity
set milestone = 'PUBLISHED'
where stage = 7
  and milestone is null
  and content = 'Освещение всех этапов на сайте школы, в социальных сетях, на муниципальном и региональном уровнях';
