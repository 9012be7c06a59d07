-- Create t1
--
-- Revision: 001
-- Revises: 
-- Create Date: 2026-12-01 10:00:00

-- migrate:upgrade
CREATE TABLE t1 (id INT PRIMARY KEY, name VARCHAR(50));

-- migrate:downgrade
DROP TABLE t1;
