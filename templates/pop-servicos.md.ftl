<#-- Parte do pop.md.ftl (incluída por ele). -->
