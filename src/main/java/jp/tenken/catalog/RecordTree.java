package jp.tenken.catalog;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Reads the catalogs' JSON records straight from Jackson's streaming parser, strictly, as the catalogs' mappers did
 * with {@code FAIL_ON_UNKNOWN_PROPERTIES} and {@code FAIL_ON_NULL_FOR_PRIMITIVES}: a field the record does not have
 * fails the read (but a {@code "comment"} in a {@link Commented} record), so does a null for an {@code int} or
 * {@code boolean}, a value of the wrong kind, or an enum constant that does not exist; an absent field is null, 0 or
 * false. A record's components are its fields: strings, {@code int}, {@code long}, {@code boolean} and their boxes,
 * enums (by name), records, lists and maps (keys strings or enums) of these.
 *
 * <p>Why not Jackson's own data binding: for these fifteen small record types, building its deserializers (the
 * introspection of annotations, creators and properties) took about 46 ms of the 68 ms of processor the catalogs
 * cost, and the catalogs are read beside the toolkit's start on two cores, on the window's critical path. Why not its
 * tree ({@code ObjectMapper.readTree}) either: the mapper alone is some 340 classes of {@code jackson-databind} to load
 * and initialise at every start and every export, for a parse that {@code jackson-core}'s parser does by itself.
 */
final class RecordTree {
    /** Jackson's streaming parser factory: thread-safe once built, with its default limits on depth and length. */
    private static final JsonFactory JSON = new JsonFactory();
    private static final Map<Class<?>, Shape> SHAPES = new ConcurrentHashMap<>();

    /**
     * A record whose JSON object may carry a {@code "comment"} for the people who edit the catalog, which the read
     * passes over. A marker rather than Jackson's {@code @JsonIgnoreProperties}: reading a class's annotations the
     * first time costs the JDK's annotation parser and a proxy class, about 6 ms of an export's main thread.
     */
    interface Commented {
    }

    private RecordTree() {
    }

    /** A record read from {@code in}; any problem is an {@link IOException} saying where. */
    static <T extends Record> T read(InputStream in, Class<T> type) throws IOException {
        try (JsonParser p = JSON.createParser(in)) {
            if (p.nextToken() == null) {
                throw new Problem("空のファイルです");
            }
            return type.cast(record(p, type, "$"));
        }
    }

    /** The failure of a read: the message says what was wrong and where ({@code $.items[3].scopes[0]}). */
    static final class Problem extends IOException {
        private static final long serialVersionUID = 1L;

        Problem(String message) {
            super(message);
        }
    }

    /** A record type's components and canonical constructor, looked up once. */
    private record Shape(RecordComponent[] components, Constructor<?> constructor, Set<String> ignored) {
        static Shape of(Class<?> type) {
            RecordComponent[] components = type.getRecordComponents();
            Class<?>[] types = new Class<?>[components.length];
            for (int i = 0; i < components.length; i++) {
                types[i] = components[i].getType();
            }
            try {
                Constructor<?> c = type.getDeclaredConstructor(types);
                c.setAccessible(true);
                return new Shape(components, c, Commented.class.isAssignableFrom(type) ? Set.of("comment") : Set.of());
            } catch (NoSuchMethodException e) {
                throw new IllegalStateException(type + " has no canonical constructor", e);
            }
        }

        int index(String name) {
            for (int i = 0; i < components.length; i++) {
                if (components[i].getName().equals(name)) {
                    return i;
                }
            }
            return -1;
        }
    }

    /** The record at the parser's current token ({@code START_OBJECT}); leaves the parser on its {@code END_OBJECT}. */
    private static Object record(JsonParser p, Class<?> type, String at) throws IOException {
        if (p.currentToken() != JsonToken.START_OBJECT) {
            throw new Problem(at + ": オブジェクト {…} のはずです");
        }
        Shape shape = SHAPES.computeIfAbsent(type, Shape::of);
        RecordComponent[] components = shape.components();
        Object[] values = new Object[components.length];
        boolean[] given = new boolean[components.length];
        for (String name = p.nextFieldName(); name != null; name = p.nextFieldName()) {
            p.nextToken();
            int i = shape.index(name);
            if (i < 0) {
                if (shape.ignored().contains(name)) {
                    p.skipChildren();
                    continue;
                }
                throw new Problem(at + ": 知らない項目 \"" + name + "\" があります（綴りの誤り？）");
            }
            values[i] = value(p, components[i].getGenericType(), at + "." + name);
            given[i] = true;
        }
        for (int i = 0; i < components.length; i++) {
            Class<?> t = components[i].getType();
            if (t.isPrimitive() && !given[i]) {
                values[i] = t == boolean.class ? Boolean.FALSE : t == long.class ? (Object) 0L : (Object) 0;
            }
        }
        try {
            return shape.constructor().newInstance(values);
        } catch (InstantiationException | IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("cannot make " + type.getName(), e);
        }
    }

    /** The value at the parser's current token; leaves the parser on the value's last token. */
    private static Object value(JsonParser p, Type type, String at) throws IOException {
        Class<?> raw = raw(type);
        JsonToken token = p.currentToken();
        if (token == JsonToken.VALUE_NULL) {
            if (raw.isPrimitive()) {
                throw new Problem(at + ": 値がありません（null）");
            }
            return null;
        }
        if (raw == String.class) {
            if (token != JsonToken.VALUE_STRING) {
                throw new Problem(at + ": 文字列 \"…\" のはずです");
            }
            return p.getText();
        }
        if (raw == int.class || raw == Integer.class) {
            if (token != JsonToken.VALUE_NUMBER_INT || p.getNumberType() != JsonParser.NumberType.INT) {
                throw new Problem(at + ": 整数のはずです");
            }
            return p.getIntValue();
        }
        if (raw == long.class || raw == Long.class) {
            if (token != JsonToken.VALUE_NUMBER_INT || p.getNumberType() == JsonParser.NumberType.BIG_INTEGER) {
                throw new Problem(at + ": 整数のはずです");
            }
            return p.getLongValue();
        }
        if (raw == boolean.class || raw == Boolean.class) {
            if (!token.isBoolean()) {
                throw new Problem(at + ": true か false のはずです");
            }
            return token == JsonToken.VALUE_TRUE;
        }
        if (raw.isEnum()) {
            if (token != JsonToken.VALUE_STRING) {
                throw new Problem(at + ": 文字列 \"…\" のはずです");
            }
            return constant(raw, p.getText(), at);
        }
        if (raw.isRecord()) {
            return record(p, raw, at);
        }
        if (raw == List.class) {
            if (token != JsonToken.START_ARRAY) {
                throw new Problem(at + ": 配列 […] のはずです");
            }
            Type element = argument(type, 0);
            List<Object> list = new ArrayList<>();
            for (int i = 0; p.nextToken() != JsonToken.END_ARRAY; i++) {
                list.add(value(p, element, at + "[" + i + "]"));
            }
            return list;
        }
        if (raw == Map.class) {
            return map(p, type, at);
        }
        throw new IllegalStateException(at + ": unsupported component type " + type);
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Object map(JsonParser p, Type type, String at) throws IOException {
        if (p.currentToken() != JsonToken.START_OBJECT) {
            throw new Problem(at + ": オブジェクト {…} のはずです");
        }
        Class<?> key = raw(argument(type, 0));
        Type valueType = argument(type, 1);
        Map<Object, Object> map = key.isEnum() ? new EnumMap(key) : new LinkedHashMap<>();
        for (String name = p.nextFieldName(); name != null; name = p.nextFieldName()) {
            p.nextToken();
            String where = at + "." + name;
            Object k = key == String.class ? name : constant(key, name, where);
            map.put(k, value(p, valueType, where));
        }
        return map;
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Object constant(Class<?> type, String name, String at) throws Problem {
        try {
            return Enum.valueOf((Class) type, name);
        } catch (IllegalArgumentException e) {
            throw new Problem(at + ": \"" + name + "\" は使えない値です");
        }
    }

    private static Class<?> raw(Type type) {
        return type instanceof ParameterizedType p ? (Class<?>) p.getRawType() : (Class<?>) type;
    }

    private static Type argument(Type type, int i) {
        if (type instanceof ParameterizedType p) {
            return p.getActualTypeArguments()[i];
        }
        throw new IllegalStateException("a raw " + type + " in a catalog record");
    }
}
