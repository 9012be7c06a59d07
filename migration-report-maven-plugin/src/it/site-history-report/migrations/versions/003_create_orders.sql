-- Create orders table
--
-- Revision: 003
-- Revises: 002
-- Create Date: 2026-11-22 10:00:00

-- migrate:upgrade
CREATE TABLE orders (id INT PRIMARY KEY, user_id INT NOT NULL REFERENCES users(id));

-- migrate:downgrade
DROP TABLE orders;
