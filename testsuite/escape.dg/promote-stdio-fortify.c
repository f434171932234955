/* Under _FORTIFY_SOURCE=2 printf, fprintf and snprintf become their
   _chk twins (a flag argument before the format): the %s arguments are
   still recognised, and the objects promoted.  */
/* { dg-do run } */
/* { dg-options "-D_FORTIFY_SOURCE=2 -fplugin-arg-escape-remarks" } */

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

__attribute__ ((noinline)) int
work (int i)
{
  char *name = malloc (16); /* { dg-message "'name' \\(16 bytes, malloc\\) promoted to the stack" } */
  char *line = malloc (32); /* { dg-message "'line' \\(32 bytes, malloc\\) promoted to the stack" } */
  if (!name || !line)
    return -1;
  strcpy (name, "fort");
  int n = snprintf (line, 32, "[%s:%d]", name, i);
  printf ("%s %d %s\n", name, i, line);
  fprintf (stdout, "%d:%s\n", n, name);
  free (line);
  free (name);
  return n;
}

int
main (void)
{
  return work (3) == 8 ? 0 : 1;
}

/* { dg-output "fort 3 \\\[fort:3\\\]\[\r\n\]+8:fort" } */
/* { dg-final { scan-assembler "__printf_chk|__fprintf_chk" } } */
