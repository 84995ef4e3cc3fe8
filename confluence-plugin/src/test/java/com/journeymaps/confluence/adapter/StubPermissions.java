package com.journeymaps.confluence.adapter;

import static org.mockito.Mockito.mock;

import com.atlassian.confluence.security.Permission;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.util.List;

/**
 * Gives {@link Permission#VIEW} and {@link Permission#EDIT} distinct values in tests. The compile stubs cannot create a
 * Permission (stub bodies throw), so there the constants are {@code null} and a test could not tell which one an adapter
 * passed; Confluence's are real objects. Against Atlassian's real classes ({@code -Datlassian.api}) this does nothing.
 * Uses {@code sun.misc.Unsafe} reflectively because Java 17 refuses to write a static final field through reflection.
 */
final class StubPermissions {

    private StubPermissions() {
    }

    static synchronized void giveDistinctValues() {
        if (Permission.VIEW != null) {
            return;
        }
        try {
            Class<?> unsafeType = Class.forName("sun.misc.Unsafe");
            Field theUnsafe = unsafeType.getDeclaredField("theUnsafe");
            theUnsafe.setAccessible(true);
            Object unsafe = theUnsafe.get(null);
            Method base = unsafeType.getMethod("staticFieldBase", Field.class);
            Method offset = unsafeType.getMethod("staticFieldOffset", Field.class);
            Method put = unsafeType.getMethod("putObjectVolatile", Object.class, long.class, Object.class);
            for (String name : List.of("VIEW", "EDIT")) {
                Field constant = Permission.class.getField(name);
                put.invoke(unsafe, base.invoke(unsafe, constant), offset.invoke(unsafe, constant), mock(Permission.class, name));
            }
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot give the stub's Permission constants test values", e);
        }
    }
}
