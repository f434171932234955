/* wordsum.c -- prints the hash of each argument (libwords).  */

#include <stdio.h>
#include "words.h"

int
main (int argc, char **argv)
{
  for (int i = 1; i < argc; i++)
    printf ("%s %u\n", argv[i], words_hash (argv[i]));
  return 0;
}
