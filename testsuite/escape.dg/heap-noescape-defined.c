/* noescape is a promise about a function the plugin cannot see into.  A
   function defined in the unit is judged by its body, even where the
   plugin has no summary of it: with -fPIC it may be interposed (GCC's
   modref then decides), and a variadic function gets no summary.  Both
   keep the pointer here, so the object stays on the heap despite the
   attribute.  */
/* { dg-do run } */
/* { dg-require-run-flags "-fPIC" } */
/* { dg-options "-fPIC -fplugin-arg-escape-remarks" } */

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

char *saved, *saved2;

void keep (__attribute__ ((noescape)) char *p);
__attribute__ ((noinline)) void
keep (char *p)
{
  saved = p;
}

__attribute__ ((noinline)) static void
keep_var (__attribute__ ((noescape)) char *p, ...)
{
  saved2 = p;
}

__attribute__ ((noinline)) void
work (void)
{
  char *a = malloc (16); /* { dg-message "'a' \\(16 bytes, malloc\\) stays on the heap: passed to 'keep' \\(argument 1\\), which may capture it" } */
  char *b = malloc (16); /* { dg-message "'b' \\(16 bytes, malloc\\) stays on the heap" } */
  if (!a || !b)
    return;
  strcpy (a, "hello");
  strcpy (b, "world");
  keep (a);
  keep_var (b, 0);
}

__attribute__ ((noinline)) void
clobber (void)
{
  volatile char buf[256];
  for (int i = 0; i < 256; i++)
    buf[i] = 'X';
}

int
main (void)
{
  work ();
  clobber ();
  printf ("%.5s %.5s\n", saved, saved2);
  return 0;
}

/* { dg-output "hello world" } */
/* { dg-final { scan-escape-dump-not "declare the parameter noescape" } } */
