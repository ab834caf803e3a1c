package org.newsdesk.cms.publish.page;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.HashMap;
import java.util.Map;
import ognl.ObjectPropertyAccessor;
import ognl.OgnlContext;
import ognl.OgnlException;
import ognl.OgnlRuntime;
import ognl.PropertyAccessor;

/**
 * How templates read a record's components ({@code ${story.headline}} of a view model): through the
 * record's own accessor, found once per record class.
 *
 * <p>Thymeleaf evaluates expressions with OGNL, which looks for JavaBean getters. A record has
 * none, so for every such expression OGNL searched all the public methods of the record's class
 * again (copying them, lower-casing every name) and then ran Thymeleaf's check of the member: a
 * flight recording of uncached pages put half of their template time there. Everything that is not
 * a record component (a getter, a map key, a method call) is read as before, by OGNL's own
 * accessor with Thymeleaf's checks. The view models are the application's own records, made to be
 * read by templates.
 */
public final class RecordProperties implements PropertyAccessor {

    private static final RecordProperties INSTANCE = new RecordProperties();

    /** Each record class's components by name, with their accessors. */
    private static final ClassValue<Map<String, Method>> COMPONENTS = new ClassValue<>() {
        @Override
        protected Map<String, Method> computeValue(Class<?> type) {
            Map<String, Method> accessors = new HashMap<>();
            if (type.isRecord()) {
                for (RecordComponent component : type.getRecordComponents()) {
                    Method accessor = component.getAccessor();
                    // a record nested in a class that is not public has public accessors that
                    // reflection may call only once told to
                    if (accessor.trySetAccessible()) {
                        accessors.put(component.getName(), accessor);
                    }
                }
            }
            return Map.copyOf(accessors);
        }
    };

    private final ObjectPropertyAccessor others = new ObjectPropertyAccessor();

    private RecordProperties() {
    }

    /** Makes OGNL read every record this way (OGNL's accessors are per class and JVM-wide: once is enough). */
    public static void install() {
        OgnlRuntime.setPropertyAccessor(Record.class, INSTANCE);
    }

    @Override
    @SuppressWarnings("rawtypes")
    public Object getProperty(Map context, Object target, Object name) throws OgnlException {
        Method accessor = name instanceof String component ? COMPONENTS.get(target.getClass()).get(component) : null;
        if (accessor == null) {
            return others.getProperty(context, target, name);
        }
        try {
            return accessor.invoke(target);
        } catch (InvocationTargetException failed) {
            throw new OgnlException(String.valueOf(name), failed.getCause());
        } catch (IllegalAccessException refused) {
            throw new OgnlException(String.valueOf(name), refused);
        }
    }

    @Override
    @SuppressWarnings("rawtypes")
    public void setProperty(Map context, Object target, Object name, Object value) throws OgnlException {
        others.setProperty(context, target, name, value);
    }

    @Override
    public String getSourceAccessor(OgnlContext context, Object target, Object index) {
        return others.getSourceAccessor(context, target, index);
    }

    @Override
    public String getSourceSetter(OgnlContext context, Object target, Object index) {
        return others.getSourceSetter(context, target, index);
    }
}
