using System.Diagnostics;
using Microsoft.Extensions.Logging;

namespace InvestPromo.Application.Common.Behaviours;

/// <summary>Logs each command and query with who sent it and how long it took.</summary>
public sealed partial class LoggingBehaviour<TMessage, TResponse>(ILogger<LoggingBehaviour<TMessage, TResponse>> logger, ICurrentUser user)
    : IPipelineBehavior<TMessage, TResponse>
    where TMessage : notnull, IMessage
{
    public async ValueTask<TResponse> Handle(TMessage message, MessageHandlerDelegate<TMessage, TResponse> next, CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        try
        {
            return await next(message, cancellationToken);
        }
        finally
        {
            LogHandled(logger, typeof(TMessage).Name, user.Name ?? "anonymous", Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Handled {Message} for {User} in {ElapsedMs:0.0} ms")]
    private static partial void LogHandled(ILogger logger, string message, string user, double elapsedMs);
}
