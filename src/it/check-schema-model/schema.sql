CREATE TABLE users (id INT PRIMARY KEY, name VARCHAR(50) NOT NULL, email VARCHAR(120));
CREATE TABLE widgets (id INT PRIMARY KEY, owner_id INT NOT NULL,
    CONSTRAINT fk_widgets_owner FOREIGN KEY (owner_id) REFERENCES users (id));
CREATE INDEX ix_widgets_owner ON widgets (owner_id);
