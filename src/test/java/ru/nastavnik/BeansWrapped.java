package ru.nastavnik;

import java.util.function.UnaryOperator;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.ContextCustomizerFactory;
import org.springframework.test.context.MergedContextConfiguration;

/**
 * A test context's customizer that passes every bean of the application through one function once it is initialised.
 * It equals every other customizer made by the same factory, so that it never splits Spring's context cache.
 */
final class BeansWrapped implements ContextCustomizer {

    private final Class<? extends ContextCustomizerFactory> factory;
    private final UnaryOperator<Object> wrap;

    BeansWrapped(Class<? extends ContextCustomizerFactory> factory, UnaryOperator<Object> wrap) {
        this.factory = factory;
        this.wrap = wrap;
    }

    @Override
    public void customizeContext(ConfigurableApplicationContext context, MergedContextConfiguration merged) {
        context.addBeanFactoryPostProcessor(beans -> beans.addBeanPostProcessor(new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String name) {
                return wrap.apply(bean);
            }
        }));
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof BeansWrapped wrapped && wrapped.factory == factory;
    }

    @Override
    public int hashCode() {
        return factory.hashCode();
    }
}
