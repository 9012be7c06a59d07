-- Create customers table
--
-- Revision: 001
-- Revises:
-- Create Date: 2026-11-22 09:00:00

-- migrate:upgrade
CREATE TABLE customers (
    id INT PRIMARY KEY,
    name VARCHAR(100) NOT NULL
);

-- migrate:downgrade
DROP TABLE customers;
