using InvestPromo.Infrastructure.Persistence.Providers;
using Npgsql;

namespace InvestPromo.Infrastructure.Tests;

/// <summary>EF Core's PostgreSQL connections prepare repeated statements and skip the session reset, unless configured otherwise.</summary>
public sealed class PostgreSqlConnectionStringTests
{
    [Fact]
    public void A_configured_string_gains_automatic_preparation_and_no_reset_and_keeps_everything_else()
    {
        var result = new NpgsqlConnectionStringBuilder(DatabaseSetup.PostgreSqlConnectionString(
            "Host=db.example;Port=5433;Database=investpromo;Username=app;Password=s3cret;Maximum Pool Size=50"));

        Assert.Equal(DatabaseSetup.PostgreSqlMaxAutoPrepare, result.MaxAutoPrepare);
        Assert.True(result.NoResetOnClose);
        Assert.Equal("db.example", result.Host);
        Assert.Equal(5433, result.Port);
        Assert.Equal("investpromo", result.Database);
        Assert.Equal("app", result.Username);
        Assert.Equal("s3cret", result.Password);
        Assert.Equal(50, result.MaxPoolSize);
    }

    [Theory]
    [InlineData("Host=db;Max Auto Prepare=0;No Reset On Close=false")]
    [InlineData("Host=db;MaxAutoPrepare=0;NoResetOnClose=false")]
    [InlineData("host=db;max auto prepare=0;no reset on close=false")]
    public void An_operator_setting_either_keeps_it(string configured)
    {
        var result = new NpgsqlConnectionStringBuilder(DatabaseSetup.PostgreSqlConnectionString(configured));

        Assert.Equal(0, result.MaxAutoPrepare);
        Assert.False(result.NoResetOnClose);
    }
}
