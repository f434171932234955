/* A buffer printed by printf's %s is handed to code the program may
   have registered for that conversion (glibc's register_printf_specifier
   can replace %s): with -fplugin-arg-escape-strict-libc it is not
   proven safe and stays on the heap.  */
/* { dg-do run } */
/* { dg-options "-fplugin-arg-escape-remarks -fplugin-arg-escape-strict-libc" } */

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

__attribute__ ((noinline)) int
work (int i)
{
  char *name = malloc (16); /* { dg-message "'name' \\(16 bytes, malloc\\) stays on the heap: passed to 'printf' \\(argument 2\\), which may capture it \\(line 19\\)" } */
  if (!name)
    return -1;
  strcpy (name, "worker");
  printf ("%s %d\n", name, i);
  free (name);
  return i;
}

int
main (void)
{
  return work (2) - 2;
}

/* { dg-output "worker 2" } */
/* { dg-final { scan-escape-dump "heap \\(call-capture\\): 'name'" } } */
