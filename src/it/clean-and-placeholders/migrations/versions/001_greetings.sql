-- Greetings
--
-- Revision: 001
-- Revises: 
-- Create Date: 2026-11-22 10:00:00

-- migrate:upgrade
CREATE TABLE ${table_name} (word VARCHAR(50) NOT NULL);
INSERT INTO ${table_name} VALUES ('${greeting} from ${migrate:revision}');

-- migrate:downgrade
DROP TABLE ${table_name};
