-- Create accounts table
--
-- Revision: 001
-- Revises: 
-- Create Date: 2026-11-22 10:00:00

-- migrate:upgrade
CREATE TABLE accounts (id SERIAL PRIMARY KEY, name TEXT NOT NULL, updated_at TIMESTAMP);

-- migrate:downgrade
DROP TABLE accounts;
