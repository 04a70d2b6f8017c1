#include "Application.h"

int main(int argc, char* argv[])
{
    kontor::Application app(argc, argv);
    return app.run();
}
