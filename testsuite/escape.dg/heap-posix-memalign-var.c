/* posix_memalign with a size known only at run time is not promoted,
   and the remark says which forms are.  */
/* { dg-do run } */
/* { dg-options "-fplugin-arg-escape-remarks" } */

#include <stdio.h>
#include <stdlib.h>

__attribute__ ((noinline)) int
work (size_t n)
{
  void *mem;
  if (posix_memalign (&mem, 32, n)) /* { dg-message "object \\(variable size, posix_memalign\\) stays on the heap: the result variable is used in a way the pass does not model" } */
    return -1;
  char *p = mem;
  p[n - 1] = 7;
  int r = p[n - 1];
  free (mem);
  return r;
}

int
main (void)
{
  printf ("r=%d\n", work (100));
  return 0;
}

/* { dg-output "r=7" } */
/* { dg-final { scan-escape-dump "heap \\(result-unmodeled\\)" } } */
