/* A function declared no_stack_protector gets no canary from the plugin
   (the user's word wins), while its neighbour does.  */
/* { dg-do compile } */
/* { dg-options "-O2 -fplugin-arg-escape-remarks" } */

#include <stdlib.h>
#include <string.h>

volatile int sink;
const char *volatile src = "0123456789";

__attribute__ ((noinline, no_stack_protector)) void
bare (void)
{
  char *b = malloc (16); /* { dg-message "'b' \\(16 bytes, malloc\\) promoted to the stack, without a stack canary \\(attribute no_stack_protector\\)" } */
  if (!b)
    abort ();
  strcpy (b, src);
  sink = b[3];
  free (b);
}

__attribute__ ((noinline)) void
guarded (void)
{
  char *b = malloc (16); /* { dg-message "'b' \\(16 bytes, malloc\\) promoted to the stack, with a stack canary" } */
  if (!b)
    abort ();
  strcpy (b, src);
  sink = b[4];
  free (b);
}

/* { dg-final { scan-assembler-times "call\[ \t\]+__stack_chk_fail" 1 } } */
/* { dg-final { scan-escape-dump-times "Canary: guarded gets a stack canary" 1 } } */
/* { dg-final { scan-escape-dump-not "Canary: bare" } } */
