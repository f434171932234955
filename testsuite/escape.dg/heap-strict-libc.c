/* With -fplugin-arg-escape-strict-libc the stdio output functions and
   printf's %s are not trusted (a fopencookie stream or a conversion
   registered with register_printf_specifier could keep the pointer):
   the same objects as in promote-stdio-output.c stay on the heap.  */
/* { dg-do run } */
/* { dg-options "-fplugin-arg-escape-remarks -fplugin-arg-escape-strict-libc" } */

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

__attribute__ ((noinline)) int
work (int i)
{
  char *name = malloc (16); /* { dg-message "'name' \\(16 bytes, malloc\\) stays on the heap: passed to 'printf' \\(argument 2\\), which may capture it \\(line 21\\)" } */
  char *line = malloc (32); /* { dg-message "'line' \\(32 bytes, malloc\\) stays on the heap: passed to 'puts' \\(argument 1\\), which may capture it \\(line 23\\)" } */
  char *word = malloc (8); /* { dg-message "'word' \\(8 bytes, malloc\\) stays on the heap: passed to 'fwrite' \\(argument 1\\), which may capture it \\(line 25\\)" } */
  if (!name || !line || !word)
    return -1;
  strcpy (name, "worker");
  printf ("%s %d\n", name, i);
  snprintf (line, 32, "[%d]", i);
  puts (line);
  strcpy (word, "xyz");
  fwrite (word, 1, 3, stdout);
  free (word);
  free (line);
  free (name);
  return i;
}

int
main (void)
{
  return work (2) - 2;
}

/* { dg-output "worker 2\[\r\n\]+\\\[2\\\]\[\r\n\]+xyz" } */
/* { dg-final { scan-escape-dump-times "heap \\(call-capture\\)" 3 } } */
