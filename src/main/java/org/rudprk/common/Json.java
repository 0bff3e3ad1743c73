package org.rudprk.common;

import jakarta.json.spi.JsonProvider;

/**
 * The one JSON library of this code, JSON-P (jakarta.json, Parsson), which SmallRye GraphQL's
 * execution service speaks too. One provider for all: {@code Json.createXxx} and
 * {@code JsonProvider.provider()} look the provider up with a ServiceLoader on every call.
 */
public final class Json {

    public static final JsonProvider PROVIDER = JsonProvider.provider();

    private Json() {
    }
}
