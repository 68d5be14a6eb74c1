using System.Data.Common;
using InvestPromo.Domain.Common;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.Extensions.Logging;

namespace InvestPromo.Infrastructure.Persistence.Interceptors;

/// <summary>
/// The one way domain events reach their Application handlers (<c>INotificationHandler&lt;TEvent&gt;</c>), in two phases.
/// <list type="number">
/// <item><b>Before the save, in its transaction.</b> When a save starts, the events of every tracked entity are taken off it
/// and published one by one; whatever the handlers add or change in the context (notifications, staged totals …) is then
/// written by this same SaveChanges, in its one transaction, or not at all. Handlers may add entities that raise events of
/// their own: rounds repeat until no entity has any left.</item>
/// <item><b>After the commit.</b> <see cref="IAfterCommitEvent"/>s are not published before the save: they are kept and
/// published once the save has committed — at the end of the save, or, when the save ran inside an open transaction (the
/// caller's, or the one <see cref="ApprovalTotalsWriter"/> opens around the save), when that transaction commits. Never when
/// the save fails or the transaction is rolled back. A failing after-commit handler is logged and never fails the request,
/// whose change is already committed.</item>
/// </list>
/// Registered first among the interceptors, so auditing and the totals see what the handlers did. A caller that retries a
/// failed save must start again from a clean change tracker (as <c>LodgeObjectionHandler</c> does): the events of the failed
/// attempt were already handled, and its after-commit events are dropped. Only the execution strategy's retry of the same save
/// (<see cref="ApplicationDbContext.RetryingSave"/>) keeps them.
/// </summary>
public sealed partial class DispatchDomainEventsInterceptor(IPublisher publisher, ILogger<DispatchDomainEventsInterceptor> logger)
    : SaveChangesInterceptor, IDbTransactionInterceptor
{
    /// <summary>A handler whose entities keep raising events would loop forever: this many rounds is a bug.</summary>
    private const int MaxRounds = 8;

    /// <summary>The after-commit events of the save in progress.</summary>
    private List<IAfterCommitEvent> _thisSave = [];

    /// <summary>The after-commit events of a save that failed, kept for the execution strategy's retry of it.</summary>
    private List<IAfterCommitEvent> _failedSave = [];

    /// <summary>After-commit events of saves that succeeded inside a transaction still open, by that transaction.</summary>
    private readonly List<(DbTransaction Transaction, List<IAfterCommitEvent> Events)> _awaitingCommit = [];

    /// <summary>Handlers are asynchronous; a synchronous save would skip them, so it is refused.</summary>
    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        if (eventData.Context?.ChangeTracker.Entries<Entity>().Any(e => e.Entity.DomainEvents.Count > 0) == true)
        {
            throw new InvalidOperationException("Entities with domain events must be saved with SaveChangesAsync.");
        }

        return base.SavingChanges(eventData, result);
    }

    public override async ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        // A retried save (ApplicationDbContext.RetryingSave) finds its entities' events already taken: it keeps the after-commit
        // events the failed attempt took, whether that attempt failed in EF (SaveChangesFailed) or in an interceptor before it.
        _thisSave = eventData.Context is ApplicationDbContext { RetryingSave: true } ? [.. _failedSave, .. _thisSave] : [];
        _failedSave = [];
        if (eventData.Context is { } context)
        {
            await DispatchBeforeSaveAsync(context, cancellationToken);
        }

        return await base.SavingChangesAsync(eventData, result, cancellationToken);
    }

    public override async ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        var events = _thisSave;
        _thisSave = [];
        if (events.Count > 0)
        {
            if (eventData.Context?.Database.CurrentTransaction?.GetDbTransaction() is { } open)
            {
                _awaitingCommit.Add((open, events));
            }
            else
            {
                await PublishAfterCommitAsync(events, cancellationToken);
            }
        }

        return await base.SavedChangesAsync(eventData, result, cancellationToken);
    }

    public override Task SaveChangesFailedAsync(DbContextErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        _failedSave = _thisSave;
        _thisSave = [];
        return base.SaveChangesFailedAsync(eventData, cancellationToken);
    }

    public override Task SaveChangesCanceledAsync(DbContextEventData eventData, CancellationToken cancellationToken = default)
    {
        _thisSave = [];
        return base.SaveChangesCanceledAsync(eventData, cancellationToken);
    }

    public override void SaveChangesFailed(DbContextErrorEventData eventData)
    {
        _failedSave = _thisSave;
        _thisSave = [];
        base.SaveChangesFailed(eventData);
    }

    async Task IDbTransactionInterceptor.TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken)
    {
        foreach (var events in TakeAwaiting(transaction))
        {
            await PublishAfterCommitAsync(events, cancellationToken);
        }
    }

    /// <summary>A synchronous commit still delivers what its saves stored (nothing here commits synchronously).</summary>
    void IDbTransactionInterceptor.TransactionCommitted(DbTransaction transaction, TransactionEndEventData eventData)
    {
        foreach (var events in TakeAwaiting(transaction))
        {
            PublishAfterCommitAsync(events, CancellationToken.None).GetAwaiter().GetResult();
        }
    }

    Task IDbTransactionInterceptor.TransactionRolledBackAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken)
    {
        TakeAwaiting(transaction);
        return Task.CompletedTask;
    }

    void IDbTransactionInterceptor.TransactionRolledBack(DbTransaction transaction, TransactionEndEventData eventData) => TakeAwaiting(transaction);

    private List<List<IAfterCommitEvent>> TakeAwaiting(DbTransaction transaction)
    {
        var taken = _awaitingCommit.Where(a => ReferenceEquals(a.Transaction, transaction)).Select(a => a.Events).ToList();
        _awaitingCommit.RemoveAll(a => ReferenceEquals(a.Transaction, transaction));
        return taken;
    }

    private async Task DispatchBeforeSaveAsync(DbContext context, CancellationToken cancellationToken)
    {
        for (var round = 1; ; round++)
        {
            var raisers = context.ChangeTracker.Entries<Entity>().Select(e => e.Entity).Where(e => e.DomainEvents.Count > 0).ToList();
            if (raisers.Count == 0)
            {
                return;
            }

            if (round > MaxRounds)
            {
                throw new InvalidOperationException($"Domain event handlers were still raising events after {MaxRounds} rounds: " +
                    string.Join(", ", raisers.SelectMany(e => e.DomainEvents).Select(e => e.GetType().Name).Distinct()));
            }

            var events = raisers.SelectMany(e => e.DomainEvents).ToList();
            raisers.ForEach(e => e.ClearDomainEvents());
            foreach (var domainEvent in events)
            {
                if (domainEvent is IAfterCommitEvent afterCommit)
                {
                    _thisSave.Add(afterCommit);
                }
                else
                {
                    await publisher.Publish(domainEvent, cancellationToken);
                }
            }
        }
    }

    private async Task PublishAfterCommitAsync(List<IAfterCommitEvent> events, CancellationToken cancellationToken)
    {
        foreach (var domainEvent in events)
        {
            try
            {
                await publisher.Publish(domainEvent, cancellationToken);
            }
#pragma warning disable CA1031 // the change is committed: a failing after-commit handler must not fail the request
            catch (Exception ex) when (ex is not OperationCanceledException)
#pragma warning restore CA1031
            {
                LogFailed(logger, ex, domainEvent.GetType().Name);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "An after-commit handler of {Event} failed; the change it follows is committed")]
    private static partial void LogFailed(ILogger logger, Exception exception, string @event);
}
