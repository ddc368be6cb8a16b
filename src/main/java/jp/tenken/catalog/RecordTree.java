package jp.tenken.catalog;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
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
 * Reads the catalogs' JSON records from Jackson's tree, strictly, as the catalogs' mappers did with
 * {@code FAIL_ON_UNKNOWN_PROPERTIES} and {@code FAIL_ON_NULL_FOR_PRIMITIVES}: a field the record does not have fails
 * the read (but a {@code "comment"} in a {@link Commented} record), so does a null for an {@code int} or
 * {@code boolean}, a value of the wrong kind, or an enum constant that does not exist; an absent field is null, 0 or
 * false. A record's components are its fields: strings, {@code int}, {@code long}, {@code boolean} and their boxes,
 * enums (by name), records, lists and maps (keys strings or enums) of these.
 *
 * <p>Why not Jackson's own data binding: for these fifteen small record types, building its deserializers (the
 * introspection of annotations, creators and properties) took about 46 ms of the 68 ms of processor the catalogs
 * cost, and the catalogs are read beside the toolkit's start on two cores, on the window's critical path. Parsing stays
 * Jackson's ({@link ObjectMapper#readTree}); this class only puts the tree's values into the records.
 */
final class RecordTree {
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

    /** A record read from {@code in} with {@code json}'s parser; any problem is an {@link IOException} saying where. */
    static <T extends Record> T read(ObjectMapper json, InputStream in, Class<T> type) throws IOException {
        JsonNode tree = json.readTree(in);
        if (tree == null || tree.isMissingNode()) {
            throw new Problem("空のファイルです");
        }
        return type.cast(record(tree, type, "$"));
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

    private static Object record(JsonNode node, Class<?> type, String at) throws Problem {
        if (!node.isObject()) {
            throw new Problem(at + ": オブジェクト {…} のはずです");
        }
        Shape shape = SHAPES.computeIfAbsent(type, Shape::of);
        RecordComponent[] components = shape.components();
        Object[] values = new Object[components.length];
        boolean[] given = new boolean[components.length];
        for (Map.Entry<String, JsonNode> field : node.properties()) {
            int i = shape.index(field.getKey());
            if (i < 0) {
                if (shape.ignored().contains(field.getKey())) {
                    continue;
                }
                throw new Problem(at + ": 知らない項目 \"" + field.getKey() + "\" があります（綴りの誤り？）");
            }
            values[i] = value(field.getValue(), components[i].getGenericType(), at + "." + field.getKey());
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

    private static Object value(JsonNode node, Type type, String at) throws Problem {
        Class<?> raw = raw(type);
        if (node.isNull()) {
            if (raw.isPrimitive()) {
                throw new Problem(at + ": 値がありません（null）");
            }
            return null;
        }
        if (raw == String.class) {
            if (!node.isTextual()) {
                throw new Problem(at + ": 文字列 \"…\" のはずです");
            }
            return node.textValue();
        }
        if (raw == int.class || raw == Integer.class) {
            if (!node.isIntegralNumber() || !node.canConvertToInt()) {
                throw new Problem(at + ": 整数のはずです");
            }
            return node.intValue();
        }
        if (raw == long.class || raw == Long.class) {
            if (!node.isIntegralNumber() || !node.canConvertToLong()) {
                throw new Problem(at + ": 整数のはずです");
            }
            return node.longValue();
        }
        if (raw == boolean.class || raw == Boolean.class) {
            if (!node.isBoolean()) {
                throw new Problem(at + ": true か false のはずです");
            }
            return node.booleanValue();
        }
        if (raw.isEnum()) {
            if (!node.isTextual()) {
                throw new Problem(at + ": 文字列 \"…\" のはずです");
            }
            return constant(raw, node.textValue(), at);
        }
        if (raw.isRecord()) {
            return record(node, raw, at);
        }
        if (raw == List.class) {
            if (!node.isArray()) {
                throw new Problem(at + ": 配列 […] のはずです");
            }
            Type element = argument(type, 0);
            List<Object> list = new ArrayList<>(node.size());
            for (int i = 0; i < node.size(); i++) {
                list.add(value(node.get(i), element, at + "[" + i + "]"));
            }
            return list;
        }
        if (raw == Map.class) {
            return map(node, type, at);
        }
        throw new IllegalStateException(at + ": unsupported component type " + type);
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Object map(JsonNode node, Type type, String at) throws Problem {
        if (!node.isObject()) {
            throw new Problem(at + ": オブジェクト {…} のはずです");
        }
        Class<?> key = raw(argument(type, 0));
        Type valueType = argument(type, 1);
        Map<Object, Object> map = key.isEnum() ? new EnumMap(key) : new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> field : node.properties()) {
            String where = at + "." + field.getKey();
            Object k = key == String.class ? field.getKey() : constant(key, field.getKey(), where);
            map.put(k, value(field.getValue(), valueType, where));
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
