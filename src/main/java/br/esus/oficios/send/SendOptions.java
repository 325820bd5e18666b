package br.esus.oficios.send;

/**
 * @param simular write each message as an .eml file under {@code envios/} and send nothing
 * @param reenviar send even when a document with the same content was already sent
 */
public record SendOptions(boolean simular, boolean reenviar) {
}
