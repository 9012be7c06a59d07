-- Create t3
--
-- Revision: 003
-- Revises: 002
-- Create Date: 2026-12-01 10:00:00

-- migrate:upgrade
CREATE TABLE t3 (id INT PRIMARY KEY, name VARCHAR(50));

-- migrate:downgrade
DROP TABLE t3;
