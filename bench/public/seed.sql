-- bench/public: the public sections of a seeded region (bench/region/seed: 1,000 schools in 30 municipalities).
-- Every school gets the address school-<n> and 12 published news items of about 1 KB (12,000 items); every
-- municipality mun-<n>, the region «region». Only when no section exists yet: a second run changes nothing.
do $$
begin
    if exists (select 1 from publishing_site) then
        raise notice 'publishing_site already seeded';
        return;
    end if;
    insert into publishing_site (organisation_id, slug, updated_at)
    select id, 'school-' || row_number() over (order by id), now() from organisation where kind = 'ORGANISATION';
    insert into publishing_site (organisation_id, slug, updated_at)
    select id, 'mun-' || row_number() over (order by id), now() from organisation where kind = 'MUNICIPALITY';
    insert into publishing_site (organisation_id, slug, updated_at)
    select id, 'region', now() from organisation where kind = 'REGION' limit 1;

    insert into publication (id, organisation_id, title, body, status, source_kind, published_at, updated_at, version)
    select gen_random_uuid(), o.id,
           'Новость наставничества № ' || n || ': семинар «Первый год в профессии»',
           '<p>В школе состоялся семинар наставников и молодых учителей. Обсудили план адаптации, '
               || 'посещение уроков и подготовку к аттестации.</p><ul><li>Адаптация молодого учителя</li>'
               || '<li>Методическая помощь</li><li>Итоги первой четверти</li></ul><p>Приняли участие: '
               || (10 + n) || ' чел. Решено провести открытые уроки в следующем месяце и обменяться опытом '
               || 'с соседними школами муниципалитета. Материалы семинара доступны у куратора.</p>',
           'PUBLISHED', 'NONE', now() - (n || ' days')::interval, now() - (n || ' days')::interval, 0
    from organisation o cross join generate_series(1, 12) n
    where o.kind = 'ORGANISATION';
end $$;
