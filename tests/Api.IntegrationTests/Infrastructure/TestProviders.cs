namespace InvestPromo.Api.IntegrationTests.Infrastructure;

/// <summary>
/// The trait that keeps a class to one of the two passes of this project (build/test.sh runs it on SQLite, then on PostgreSQL):
/// the SQLite pass filters out <see cref="PostgreSqlOnly"/>, the PostgreSQL pass filters out <see cref="SqliteOnly"/>. For
/// classes whose outcome does not depend on the run's database, so that running them twice proves nothing more.
/// </summary>
public static class TestProviders
{
    public const string Trait = "Providers";
    public const string SqliteOnly = "SqliteOnly";
    public const string PostgreSqlOnly = "PostgreSqlOnly";
}
