/* words.c -- libwords: hashes a word through a scratch copy.  The copy
   is malloc'd and freed in the same call, so escape promotes it; with
   -flto that happens at link time, when the library is linked.  */

#include <stdlib.h>
#include <string.h>
#include "words.h"

/* Return a hash of the first 63 bytes of S, 0 if out of memory.  */
unsigned
words_hash (const char *s)
{
  size_t n = strlen (s);
  char *tmp = malloc (64);
  if (!tmp)
    return 0;
  memset (tmp, 0, 64);
  memcpy (tmp, s, n < 63 ? n : 63);
  unsigned h = 0;
  for (int i = 0; i < 64; i++)
    h = h * 31 + (unsigned char) tmp[i];
  free (tmp);
  return h;
}
