-- Create t2
--
-- Revision: 002
-- Revises: 001
-- Create Date: 2026-12-01 10:00:00

-- migrate:upgrade
CREATE TABLE t2 (id INT PRIMARY KEY, name VARCHAR(50));

-- migrate:downgrade
DROP TABLE t2;
