-- Create orders table
--
-- Revision: 002
-- Revises: 001
-- Create Date: 2026-11-22 09:30:00

-- migrate:upgrade
CREATE TABLE orders (
    id INT PRIMARY KEY,
    customer_id INT NOT NULL REFERENCES customers (id),
    placed_at TIMESTAMP NOT NULL
);
CREATE INDEX orders_customer ON orders (customer_id);

-- migrate:downgrade
DROP INDEX orders_customer;
DROP TABLE orders;
