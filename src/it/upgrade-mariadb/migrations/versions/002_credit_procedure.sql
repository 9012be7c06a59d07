-- Add credit procedure
--
-- Revision: 002
-- Revises: 001
-- Create Date: 2026-11-22 10:00:00

-- migrate:upgrade
-- migrate:delimiter //
CREATE PROCEDURE credit(IN account INT, IN amount INT)
BEGIN
    UPDATE accounts SET balance = balance + amount WHERE id = account;
END //
-- migrate:delimiter ;

-- migrate:downgrade
DROP PROCEDURE credit;
