package ru.nastavnik.shared.web;

import java.util.Set;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.resource.ResourceUrlProvider;
import org.thymeleaf.context.IExpressionContext;
import org.thymeleaf.dialect.AbstractDialect;
import org.thymeleaf.dialect.IExpressionObjectDialect;
import org.thymeleaf.expression.IExpressionObjectFactory;

/** {@code ${#assets.url('/css/app.css')}} in templates: the fingerprinted URL of a static file ({@link Assets}). */
@Component
class AssetsDialect extends AbstractDialect implements IExpressionObjectDialect {

    private final Assets assets;

    AssetsDialect(ResourceUrlProvider mvcResourceUrlProvider) {
        super("assets");
        this.assets = new Assets(mvcResourceUrlProvider);
    }

    @Override
    public IExpressionObjectFactory getExpressionObjectFactory() {
        return new IExpressionObjectFactory() {

            @Override
            public Set<String> getAllExpressionObjectNames() {
                return Set.of("assets");
            }

            @Override
            public Object buildObject(IExpressionContext context, String expressionObjectName) {
                return assets;
            }

            @Override
            public boolean isCacheable(String expressionObjectName) {
                return true;
            }
        };
    }
}
