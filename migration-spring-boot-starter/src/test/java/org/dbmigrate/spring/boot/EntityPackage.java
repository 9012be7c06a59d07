package org.dbmigrate.spring.boot;

import org.springframework.boot.autoconfigure.AutoConfigurationPackage;

/** Makes JPA scan this package for {@link Note}, as an application's main class would. */
@AutoConfigurationPackage
class EntityPackage {
}
