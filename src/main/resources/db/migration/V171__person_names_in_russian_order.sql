-- People's names sort in Russian alphabetical order: «Ёлкина» after «Е», not before «А». initdb of the embedded
-- server (and a server created with the C locale) compares code points, and «Ё» (U+0401) lies before «А» (U+0410);
-- the staff list, every order's familiarisation sheet and the batches of consent forms put «Ёлкина» first.
-- PostgreSQL built with ICU (the embedded server, Debian's packages) has the «ru-x-icu» collation; a server without
-- ICU, or a database not in UTF-8 (which ICU collations do not serve), keeps its own order: on a server created in a
-- Russian locale it is already right.
do $$
begin
    if exists (select 1 from pg_collation where collname = 'ru-x-icu')
       and (select pg_encoding_to_char(encoding) from pg_database where datname = current_database()) = 'UTF8' then
        alter table person
            alter column last_name type varchar(100) collate "ru-x-icu",
            alter column first_name type varchar(100) collate "ru-x-icu",
            alter column middle_name type varchar(100) collate "ru-x-icu";
    end if;
end
$$;
