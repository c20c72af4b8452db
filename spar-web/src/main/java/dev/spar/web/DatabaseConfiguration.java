package dev.spar.web;

import com.zaxxer.hikari.HikariDataSource;
import dev.spar.store.EmbeddedDatabase;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.jdbc.autoconfigure.DataSourceProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.StringUtils;

/**
 * The database: the one {@code spring.datasource.url} names ({@code SPAR_DB_URL}), or by default the embedded H2
 * file in the data folder, opened safe by default (see {@link EmbeddedDatabase}).
 */
@Configuration
class DatabaseConfiguration {
    @Bean
    @ConfigurationProperties("spring.datasource.hikari")
    HikariDataSource dataSource(DataSourceProperties properties, SparSettings settings) {
        if (StringUtils.hasText(properties.getUrl())) {
            return properties
                    .initializeDataSourceBuilder()
                    .type(HikariDataSource.class)
                    .build();
        }
        EmbeddedDatabase embedded = EmbeddedDatabase.in(settings.dataDir());
        return properties
                .initializeDataSourceBuilder()
                .type(HikariDataSource.class)
                .url(embedded.url())
                .username(embedded.user())
                .password(embedded.password())
                .build();
    }
}
