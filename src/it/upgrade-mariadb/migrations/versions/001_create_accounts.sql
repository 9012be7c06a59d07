-- Create accounts table
--
-- Revision: 001
-- Revises: 
-- Create Date: 2026-11-22 10:00:00

-- migrate:upgrade
CREATE TABLE accounts (id INT AUTO_INCREMENT PRIMARY KEY, name VARCHAR(50) NOT NULL, balance INT NOT NULL DEFAULT 0);

-- migrate:downgrade
DROP TABLE accounts;
