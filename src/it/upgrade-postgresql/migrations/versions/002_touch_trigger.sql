-- Touch updated_at on update
--
-- Revision: 002
-- Revises: 001
-- Create Date: 2026-11-22 10:00:00

-- migrate:upgrade
CREATE FUNCTION touch_updated_at() RETURNS trigger AS $$
BEGIN
    NEW.updated_at := now();
    RETURN NEW;
END;
$$ LANGUAGE plpgsql;
CREATE TRIGGER accounts_touch BEFORE UPDATE ON accounts FOR EACH ROW EXECUTE FUNCTION touch_updated_at();

-- migrate:downgrade
DROP TRIGGER accounts_touch ON accounts;
DROP FUNCTION touch_updated_at();
