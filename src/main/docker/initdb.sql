-- Run once by the postgres image on an empty volume: the API's read-only login role with
-- a password (db/V4 grants it read access and nothing more).
create role rudprk_api login password 'rudprk_api';
