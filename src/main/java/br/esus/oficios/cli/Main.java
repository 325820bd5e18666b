package br.esus.oficios.cli;
public final class Main { public static void main(String[] a) {} }
