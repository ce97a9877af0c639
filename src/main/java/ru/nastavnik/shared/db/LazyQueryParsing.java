package ru.nastavnik.shared.db;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.jpa.repository.query.DeclaredQuery;
import org.springframework.data.jpa.repository.query.QueryEnhancer;
import org.springframework.data.jpa.repository.query.QueryEnhancerFactory;
import org.springframework.data.jpa.repository.query.QueryEnhancerSelector;
import org.springframework.data.jpa.repository.query.QueryProvider;
import org.springframework.data.jpa.repository.support.JpaRepositoryFactoryBean;
import org.springframework.data.util.Lazy;

/**
 * Spring Data parses every {@code @Query} with its own HQL grammar when the repository is created, only to learn what
 * a sorted or paged call would need (the alias, a count query): about 160 queries, a twelfth of the start's main
 * thread (issue 19: start to the first page), and ANTLR's parser warmed up for the JIT to compile. Almost none of our
 * queries is ever sorted or paged by Spring Data, so each is parsed the first time something asks, not at start.
 * Hibernate still checks every query at start ({@code SimpleJpaQuery} creates it), so a broken query still stops the
 * start.
 */
@Configuration(proxyBeanMethods = false)
class LazyQueryParsing {

    @Bean
    static BeanPostProcessor lazyQueryEnhancers() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessBeforeInitialization(Object bean, String name) {
                if (bean instanceof JpaRepositoryFactoryBean<?, ?, ?> repositories) {
                    repositories.setQueryEnhancerSelectorSource(LazyQueryParsing::select);
                }
                return bean;
            }
        };
    }

    /** Spring Data's own choice of grammar, made when the query is first asked about. */
    static QueryEnhancerFactory select(DeclaredQuery query) {
        QueryEnhancerFactory chosen = QueryEnhancerSelector.DEFAULT_SELECTOR.select(query);
        return new QueryEnhancerFactory() {
            @Override
            public boolean supports(DeclaredQuery declared) {
                return chosen.supports(declared);
            }

            @Override
            public QueryEnhancer create(QueryProvider provider) {
                return new Deferred(provider, Lazy.of(() -> chosen.create(provider)));
            }
        };
    }

    /** The query's text is known without parsing it; everything else parses it once. */
    private record Deferred(QueryProvider query, Lazy<QueryEnhancer> parsed) implements QueryEnhancer {

        @Override
        public boolean isSelectQuery() {
            return parsed.get().isSelectQuery();
        }

        @Override
        public boolean hasConstructorExpression() {
            return parsed.get().hasConstructorExpression();
        }

        @Override
        public String detectAlias() {
            return parsed.get().detectAlias();
        }

        @Override
        public String getProjection() {
            return parsed.get().getProjection();
        }

        @Override
        public QueryProvider getQuery() {
            return query;
        }

        @Override
        public String rewrite(QueryRewriteInformation rewriteInformation) {
            return parsed.get().rewrite(rewriteInformation);
        }

        @Override
        public String createCountQueryFor(String countProjection) {
            return parsed.get().createCountQueryFor(countProjection);
        }
    }
}
