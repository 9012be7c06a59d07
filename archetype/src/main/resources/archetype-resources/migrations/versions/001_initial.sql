-- Initial schema
--
-- Revision: 001
-- Revises:
-- Create Date: 2026-11-22 00:00:00

-- migrate:upgrade
CREATE TABLE app_setting (
    name VARCHAR(100) PRIMARY KEY,
    setting_value VARCHAR(1000)
);

-- migrate:downgrade
DROP TABLE app_setting;
