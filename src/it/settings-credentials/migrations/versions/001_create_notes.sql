-- Create notes table
--
-- Revision: 001
-- Revises: 
-- Create Date: 2026-11-22 10:00:00

-- migrate:upgrade
CREATE TABLE notes (id INT PRIMARY KEY, body VARCHAR(200));

-- migrate:downgrade
DROP TABLE notes;
