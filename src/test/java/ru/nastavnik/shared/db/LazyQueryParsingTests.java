package ru.nastavnik.shared.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;

import org.junit.jupiter.api.Test;
import org.springframework.data.jpa.repository.query.DeclaredQuery;
import org.springframework.data.jpa.repository.query.QueryEnhancer;
import org.springframework.data.jpa.repository.query.QueryEnhancerSelector;
import org.springframework.data.jpa.repository.support.JpaRepositoryFactoryBean;

class LazyQueryParsingTests {

    @Test
    void aQueryIsParsedOnlyWhenSomethingAsksAboutIt() {
        DeclaredQuery broken = DeclaredQuery.jpqlQuery("select p fromm Person p where");

        QueryEnhancer enhancer = LazyQueryParsing.select(broken).create(broken);

        assertThat(enhancer.getQuery().getQueryString()).isEqualTo("select p fromm Person p where");
        assertThatThrownBy(enhancer::detectAlias).isInstanceOf(RuntimeException.class);
    }

    @Test
    void aPagedQueryCountsAndSortsAsSpringDataWouldHave() {
        DeclaredQuery query = DeclaredQuery.jpqlQuery(
                "select p from Person p where p.organisationId = :organisation order by p.lastName");
        QueryEnhancer own = QueryEnhancerSelector.DEFAULT_SELECTOR.select(query).create(query);

        QueryEnhancer deferred = LazyQueryParsing.select(query).create(query);

        assertThat(deferred.createCountQueryFor(null)).isEqualTo(own.createCountQueryFor(null));
        assertThat(deferred.detectAlias()).isEqualTo("p");
        assertThat(deferred.hasConstructorExpression()).isFalse();
        assertThat(deferred.getProjection()).isEqualTo(own.getProjection());
    }

    @Test
    void everyRepositoryOfTheApplicationDefersItsParsing() {
        JpaRepositoryFactoryBean<?, ?, ?> repositories = mock(JpaRepositoryFactoryBean.class);

        LazyQueryParsing.lazyQueryEnhancers().postProcessBeforeInitialization(repositories, "personRepository");

        verify(repositories).setQueryEnhancerSelectorSource(any(QueryEnhancerSelector.class));
    }
}
