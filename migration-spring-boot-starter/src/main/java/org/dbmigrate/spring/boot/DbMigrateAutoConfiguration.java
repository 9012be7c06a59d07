package org.dbmigrate.spring.boot;

import java.nio.file.Path;
import javax.sql.DataSource;
import org.dbmigrate.Migrator;
import org.dbmigrate.config.MigrateConfig;
import org.dbmigrate.config.Secret;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;
import org.springframework.core.io.ResourceLoader;
import org.springframework.util.StringUtils;

/**
 * Migrates the application's database at start-up: after the DataSource exists and before JPA,
 * JdbcTemplate or anything else that uses it. The classes named in {@code afterName}/{@code beforeName}
 * are Spring Boot 3.5's and 4.0's (4.0 moved them into per-technology modules); the missing ones are
 * ignored.
 */
@AutoConfiguration(
        afterName = {
                "org.springframework.boot.autoconfigure.jdbc.DataSourceAutoConfiguration",
                "org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration"},
        beforeName = {
                "org.springframework.boot.autoconfigure.orm.jpa.HibernateJpaAutoConfiguration",
                "org.springframework.boot.hibernate.autoconfigure.HibernateJpaAutoConfiguration",
                "org.springframework.boot.autoconfigure.jdbc.JdbcTemplateAutoConfiguration",
                "org.springframework.boot.jdbc.autoconfigure.JdbcTemplateAutoConfiguration"})
@ConditionalOnClass({Migrator.class, DataSource.class})
@ConditionalOnBean(DataSource.class)
@ConditionalOnProperty(prefix = "dbmigrate", name = "enabled", matchIfMissing = true)
@EnableConfigurationProperties(DbMigrateProperties.class)
public class DbMigrateAutoConfiguration {

    /** Orders JPA and JDBC beans after the migration; static, as a BeanFactoryPostProcessor must be. */
    @Bean
    static DbMigrateDependsOnPostProcessor dbMigrateDependsOnPostProcessor() {
        return new DbMigrateDependsOnPostProcessor();
    }

    @Bean
    @ConditionalOnMissingBean
    public Migrator dbMigrator(DbMigrateProperties properties, ObjectProvider<DataSource> dataSources,
            Environment environment, ResourceLoader resourceLoader) {
        MigrateConfig.Builder config = MigrateConfig.builder(Path.of(""))
                .versionTable(properties.getVersionTable())
                .historyTable(properties.getHistoryTable())
                .lockTimeout(properties.getLockTimeout())
                .transactionPerMigration(properties.isTransactionPerMigration())
                .downgradeEnabled(properties.isDowngrade())
                .headFile(false)
                .autogenerate(MigrateConfig.Autogenerate.DEFAULTS.withMapping(JpaNaming.of(environment)));
        new MigrationLocations(resourceLoader.getClassLoader()).apply(properties.getLocations(), config);
        Migrator migrator;
        if (StringUtils.hasText(properties.getUrl()) || StringUtils.hasText(properties.getUser())) {
            String url = StringUtils.hasText(properties.getUrl()) ? properties.getUrl()
                    : environment.getProperty("spring.datasource.url");
            if (!StringUtils.hasText(url)) {
                throw new DbMigrateStartupError("dbmigrate.user is set but neither dbmigrate.url nor"
                        + " spring.datasource.url is", "Set dbmigrate.url to the JDBC URL to migrate");
            }
            migrator = Migrator.create(config.url(url).user(properties.getUser())
                    .password(Secret.of(properties.getPassword() == null ? "" : properties.getPassword())).build());
        } else {
            DataSource dataSource = dataSources.getIfUnique();
            if (dataSource == null) {
                throw new DbMigrateStartupError("there are several DataSource beans and none is @Primary",
                        "Mark the one to migrate @Primary, or set dbmigrate.url/user/password");
            }
            migrator = Migrator.create(config.build(), dataSource);
        }
        return migrator.withListener(new LoggingListener());
    }

    @Bean(name = DbMigrateInitializer.BEAN_NAME)
    @ConditionalOnMissingBean
    public DbMigrateInitializer dbMigrateInitializer(Migrator migrator, DbMigrateProperties properties,
            ObjectProvider<DbMigrateStrategy> strategy, ObjectProvider<DbMigrateTargets> targets,
            Environment environment) {
        DbMigrateTargets fleet = targets.getIfAvailable();
        if (FleetOnStartup.configured(properties, fleet)) {
            return new DbMigrateInitializer(migrator, new FleetOnStartup(properties, fleet, environment));
        }
        return new DbMigrateInitializer(migrator, strategy.getIfAvailable(() -> new UpgradeOnStartup(properties)));
    }
}
