/**
 * Personas: representative customers, each described on its own wiki page by a
 * {@code journey-persona} macro. {@link com.journeymaps.core.persona.Persona} is the value,
 * {@link com.journeymaps.core.persona.PersonaJson} reads the macro body.
 */
package com.journeymaps.core.persona;
