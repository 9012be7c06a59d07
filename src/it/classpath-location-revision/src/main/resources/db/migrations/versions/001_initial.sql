-- initial
--
-- Revision: 001
-- Revises:
-- Create Date: 2026-11-22 10:15:00

-- migrate:upgrade
CREATE TABLE account (id INT PRIMARY KEY);

-- migrate:downgrade
DROP TABLE account;
