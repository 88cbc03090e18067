from planlint.cli import main

main()
