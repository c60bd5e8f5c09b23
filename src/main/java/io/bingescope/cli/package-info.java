/**
 * The command line: picocli commands, the only code that parses arguments, prints to the terminal or chooses an exit
 * code (0 success, 1 a bug, 2 a user error such as a bad scenario, option or input file).
 */
package io.bingescope.cli;
