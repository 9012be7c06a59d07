"""The Java floor of the benchmarks: a script of SQL lines run through plain JDBC (JdbcFloor.java) in
a fresh JVM with the launcher's own JVM flags (read from the launcher, so that they cannot drift
apart), the drivers from db-manage.jar and a class-data archive of its own, written by an untimed
first run as the launcher's is. What any JVM program pays for its start and its driver: db-manage
divided by it is the share of db-manage's own work."""
import os
import re
import subprocess

DRIVERS = {"jdbc:postgresql:": "org.postgresql.Driver", "jdbc:mysql:": "com.mysql.cj.jdbc.Driver",
           "jdbc:mariadb:": "org.mariadb.jdbc.Driver"}


class JdbcFloor:
    def __init__(self, db_manage, work):
        with open(db_manage) as f:
            launcher = f.read()
        flags = [flag for name in ("fast", "quiet_cds")
                 for flag in re.search(r'^%s="([^"]*)"' % name, launcher, re.M).group(1).split()]
        classes = os.path.join(work, "jdbc-floor-classes")
        subprocess.run(["javac", "-d", classes, os.path.join(os.path.dirname(os.path.abspath(__file__)),
                                                             "JdbcFloor.java")], check=True)
        jar = os.path.join(work, "jdbc-floor.jar")
        subprocess.run(["jar", "cf", jar, "-C", classes, "."], check=True)
        self.java = ["java"] + flags + ["-cp", jar + os.pathsep + os.path.join(os.path.dirname(db_manage),
                                                                             "db-manage.jar")]
        self.work = work

    def command(self, url, user, archive_name):
        """The command for one database and user (the script comes on standard input), and, while its
        archive does not exist yet, the untimed command that writes it (else None)."""
        driver = next(d for prefix, d in DRIVERS.items() if url.startswith(prefix))
        archive = os.path.join(self.work, "jdbc-floor-%s.jsa" % archive_name)
        args = ["JdbcFloor", driver, url, user]
        record = None if os.path.exists(archive) else self.java + ["-XX:ArchiveClassesAtExit=" + archive] + args
        return self.java + ["-XX:SharedArchiveFile=" + archive] + args, record
